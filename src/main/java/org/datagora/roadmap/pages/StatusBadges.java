package org.datagora.roadmap.pages;

import org.datagora.roadmap.RoadmapStatus;

/** The DSFR badge class of each status: opened is a success, given up an error, postponed a warning. */
public final class StatusBadges {

	private StatusBadges() {
	}

	public static String of(RoadmapStatus status) {
		return switch (status) {
			case OPENED -> "fr-badge--success";
			case ABANDONED, DECLINED -> "fr-badge--error";
			case POSTPONED -> "fr-badge--warning";
			default -> "fr-badge--info";
		};
	}
}
