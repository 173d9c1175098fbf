/**
 * Demo content: on the first start of the embedded database, a small real catalog (a ministry,
 * a region and a city publishing the administrative reference data as CSV files), so that a
 * newcomer sees a living portal. Never on a configured database unless asked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo content")
package org.datagora.demo;
