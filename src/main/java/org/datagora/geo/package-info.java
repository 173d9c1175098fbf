/**
 * Geo zones: France, its regions, departements, EPCI and communes, with codes, names, parents
 * and population, loaded from the administrative reference data; suggestions for forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geo zones")
package org.datagora.geo;
