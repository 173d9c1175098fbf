/**
 * Where Datagora keeps its data: the PostgreSQL database (embedded by default, or a configured
 * server) and the file store for uploaded files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.datagora.storage;
