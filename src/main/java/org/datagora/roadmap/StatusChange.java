package org.datagora.roadmap;

import java.time.LocalDate;

/**
 * A move of an entry to another status; what each status needs is said by {@link RoadmapStatus}.
 *
 * @param targetDate the new target date (planned: today or later; postponed: after today and
 * after the current one)
 * @param dataset id or slug of the public catalog dataset the entry became (opened)
 * @param reason why (postponed, abandoned, declined)
 */
public record StatusChange(String status, LocalDate targetDate, String dataset, String reason) {
}
