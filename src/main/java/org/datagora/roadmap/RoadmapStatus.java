package org.datagora.roadmap;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import org.datagora.web.ProblemException;

/**
 * Where a roadmap entry stands, and the one place that says which status may follow which and
 * what a move needs. A proposal from the community becomes a commitment when the organization
 * accepts it (planned) or is declined; a commitment is opened, postponed or abandoned; an
 * abandoned or declined entry may be planned again. Opened is final.
 */
public enum RoadmapStatus {

	PROPOSED, PLANNED, IN_PROGRESS, OPENED, POSTPONED, ABANDONED, DECLINED;

	private static final Map<RoadmapStatus, Set<RoadmapStatus>> NEXT = new EnumMap<>(RoadmapStatus.class);

	static {
		NEXT.put(PROPOSED, EnumSet.of(PLANNED, DECLINED));
		NEXT.put(PLANNED, EnumSet.of(IN_PROGRESS, OPENED, POSTPONED, ABANDONED));
		NEXT.put(IN_PROGRESS, EnumSet.of(OPENED, POSTPONED, ABANDONED));
		NEXT.put(POSTPONED, EnumSet.of(IN_PROGRESS, OPENED, POSTPONED, ABANDONED));
		NEXT.put(OPENED, EnumSet.noneOf(RoadmapStatus.class));
		NEXT.put(ABANDONED, EnumSet.of(PLANNED));
		NEXT.put(DECLINED, EnumSet.of(PLANNED));
	}

	/** Committed to and not yet opened or given up: such an entry is late once its target date has passed. */
	static final Set<RoadmapStatus> UNDER_WAY = EnumSet.of(PLANNED, IN_PROGRESS, POSTPONED);

	/** The SQL condition of an entry that is late on {@code :today}. */
	static final String LATE_SQL = "(status in (" + UNDER_WAY.stream()
		.map(status -> "'" + status.code() + "'")
		.collect(Collectors.joining(", ")) + ") and target_date < :today)";

	@JsonValue
	public String code() {
		return name().toLowerCase();
	}

	public static RoadmapStatus fromCode(String code, String field) {
		return Arrays.stream(values())
			.filter(status -> status.code().equals(code))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid(field, "unknown value '" + code + "'; accepted: "
					+ Arrays.stream(values()).map(RoadmapStatus::code).collect(Collectors.joining(", "))));
	}

	/** The statuses an entry in this one may move to, in the order of the workflow. */
	public Set<RoadmapStatus> next() {
		return NEXT.get(this);
	}

	/** A move here sets the target date: a new commitment, or a postponement to a later date. */
	public boolean needsTargetDate() {
		return this == PLANNED || this == POSTPONED;
	}

	/** A move here says why. */
	public boolean needsReason() {
		return this == POSTPONED || this == ABANDONED || this == DECLINED;
	}

	/** A move here names the catalog dataset the entry became. */
	public boolean needsDataset() {
		return this == OPENED;
	}
}
