package org.datagora.roadmap.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.datagora.roadmap.RoadmapOverview;

/**
 * The chart of openings over time, laid out for an SVG drawn on the server: a bar per month
 * (datasets opened that month, left scale) and a line of the running total (right scale). The
 * template draws it; the same figures go into a table for screen readers.
 *
 * @param line the points of the running total, "x,y x,y ..."
 * @param labels the month names under the bars, thinned out to about a dozen
 */
public record OpeningsChart(List<Bar> bars, String line, long maxOpened, long maxCumulative, List<Label> labels,
		String firstMonth, String lastMonth, long total, String busiestMonth, long busiestOpened) {

	public static final int WIDTH = 720;

	public static final int HEIGHT = 260;

	public static final int LEFT = 44;

	public static final int RIGHT = WIDTH - 56;

	public static final int TOP = 16;

	public static final int BOTTOM = HEIGHT - 40;

	private static final int MAX_LABELS = 12;

	/** @param name the month in words, for the table */
	public record Bar(int x, int y, int width, int height, String name, long opened, long cumulative) {
	}

	public record Label(int x, String text) {
	}

	static OpeningsChart of(List<RoadmapOverview.Month> months, Locale locale) {
		DateTimeFormatter shortName = DateTimeFormatter.ofPattern("MMM yyyy", locale);
		DateTimeFormatter longName = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
		if (months.isEmpty()) {
			return new OpeningsChart(List.of(), "", 0, 0, List.of(), "", "", 0, "", 0);
		}
		long maxOpened = Math.max(1, months.stream().mapToLong(RoadmapOverview.Month::opened).max().orElse(1));
		long maxCumulative = Math.max(1, months.get(months.size() - 1).cumulative());
		double step = (double) (RIGHT - LEFT) / months.size();
		int every = (months.size() + MAX_LABELS - 1) / MAX_LABELS;
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		List<String> points = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			RoadmapOverview.Month month = months.get(i);
			int height = (int) Math.round((double) (BOTTOM - TOP) * month.opened() / maxOpened);
			int x = (int) Math.round(LEFT + i * step + step * 0.15);
			int center = (int) Math.round(LEFT + (i + 0.5) * step);
			bars.add(new Bar(x, BOTTOM - height, Math.max(1, (int) Math.round(step * 0.7)), height,
					longName.format(month.month()), month.opened(), month.cumulative()));
			points.add(center + "," + Math.round(BOTTOM - (double) (BOTTOM - TOP) * month.cumulative() / maxCumulative));
			if (i % every == 0) {
				labels.add(new Label(center, shortName.format(month.month())));
			}
		}
		RoadmapOverview.Month busiest = months.stream()
			.max(Comparator.comparingLong(RoadmapOverview.Month::opened))
			.orElseThrow();
		return new OpeningsChart(bars, points.stream().collect(Collectors.joining(" ")), maxOpened, maxCumulative,
				labels, longName.format(months.get(0).month()), longName.format(months.get(months.size() - 1).month()),
				months.get(months.size() - 1).cumulative(), longName.format(busiest.month()), busiest.opened());
	}

	public boolean empty() {
		return bars.isEmpty();
	}
}
