package org.datagora.roadmap;

/**
 * Which entries to list, each criterion optional.
 *
 * @param organization id or slug
 * @param status a status code
 * @param late true for late entries only, false for the others
 * @param sort target_date, -target_date, created or -created; target_date when null
 */
public record RoadmapFilter(String organization, String status, Boolean late, String sort) {
}
