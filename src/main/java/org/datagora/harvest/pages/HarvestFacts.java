package org.datagora.harvest.pages;

import java.time.Duration;
import java.util.List;

import org.datagora.harvest.HarvestJob;
import org.datagora.harvest.HarvestSource;

/**
 * What the pages show of jobs and sources beyond their fields: counts per outcome, how long a
 * job ran, badges, the message key of a schedule.
 */
public final class HarvestFacts {

	/** The outcomes of an item, in the order the pages list them. */
	public static final List<String> OUTCOMES = List.of("created", "updated", "unchanged", "archived", "skipped",
			"failed");

	/** @param percent the share of the largest count, for the width of a bar */
	public record Count(String outcome, int count, int percent) {
	}

	private HarvestFacts() {
	}

	public static List<Count> counts(HarvestJob job) {
		int[] values = { job.created(), job.updated(), job.unchanged(), job.archived(), job.skipped(), job.failed() };
		int max = 1;
		for (int value : values) {
			max = Math.max(max, value);
		}
		Count[] counts = new Count[values.length];
		for (int i = 0; i < values.length; i++) {
			counts[i] = new Count(OUTCOMES.get(i), values[i], (int) Math.round(100.0 * values[i] / max));
		}
		return List.of(counts);
	}

	/** How long the job ran, "1 min 5 s", or empty while it has not ended. */
	public static String duration(HarvestJob job) {
		if (job.startedAt() == null || job.endedAt() == null) {
			return "";
		}
		long seconds = Duration.between(job.startedAt(), job.endedAt()).toSeconds();
		return seconds < 60 ? seconds + "\u00a0s" : seconds / 60 + "\u00a0min " + seconds % 60 + "\u00a0s";
	}

	/** The message key of the source's schedule ("on demand" when it has none). */
	public static String schedule(HarvestSource source) {
		return "harvest.schedule." + (source.schedule() == null || source.schedule().isEmpty() ? "none" : source.schedule());
	}

	/** The DSFR badge class of a job state or an item outcome. */
	public static String badge(String stateOrOutcome) {
		return switch (stateOrOutcome) {
			case "done", "created", "updated", "accepted" -> "fr-badge--success";
			case "failed", "refused" -> "fr-badge--error";
			case "skipped", "archived", "pending" -> "fr-badge--warning";
			default -> "fr-badge--info";
		};
	}
}
