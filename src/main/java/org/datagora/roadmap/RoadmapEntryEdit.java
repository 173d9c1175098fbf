package org.datagora.roadmap;

/**
 * The texts of an entry to change; a null field is left as it is. Dates and statuses move through
 * {@link StatusChange}, so that each move keeps its reason.
 */
public record RoadmapEntryEdit(String title, String description, String impact) {
}
