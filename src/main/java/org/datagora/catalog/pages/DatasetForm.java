package org.datagora.catalog.pages;

import java.util.Arrays;
import java.util.List;

import org.datagora.catalog.Dataset;
import org.datagora.catalog.DatasetInput;
import org.datagora.catalog.Frequency;
import org.datagora.catalog.HvdCategory;
import org.datagora.catalog.License;
import org.datagora.catalog.Theme;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The dataset form as submitted: tags and zones are comma-separated text, {@code organization}
 * is a slug or empty for "myself", {@code version} the version the editor started from.
 */
public record DatasetForm(String title, String description, String organization, String tags, String license,
		String frequency, List<String> themes, @BindParam("hvd_categories") List<String> hvdCategories, String zones,
		@BindParam("private") Boolean isPrivate, Integer version) {

	public static DatasetForm empty() {
		return new DatasetForm("", "", "", "", License.LOV2.code(), Frequency.UNKNOWN.code(), List.of(), List.of(), "",
				false, null);
	}

	public static DatasetForm of(Dataset dataset) {
		return new DatasetForm(dataset.title(), dataset.description(),
				dataset.organization() == null ? "" : dataset.organization().slug(), String.join(", ", dataset.tags()),
				dataset.license().code(), dataset.frequency().code(),
				dataset.themes().stream().map(Theme::code).toList(),
				dataset.hvdCategories().stream().map(HvdCategory::code).toList(),
				dataset.spatial() == null ? "" : String.join(", ", dataset.spatial().zones()), dataset.isPrivate(),
				dataset.version());
	}

	public DatasetInput toInput() {
		return new DatasetInput(text(title), null, null, text(description), split(tags),
				themes == null ? List.of() : themes, blankToNull(license), blankToNull(frequency), null,
				new DatasetInput.SpatialInput(split(zones), null), text(organization), null, null, null, null,
				hvdCategories == null ? List.of() : hvdCategories, Boolean.TRUE.equals(isPrivate), null);
	}

	public boolean hasTheme(String code) {
		return themes != null && themes.contains(code);
	}

	public boolean hasHvdCategory(String code) {
		return hvdCategories != null && hvdCategories.contains(code);
	}

	/** The service field names that this form names differently. */
	static final String[] RENAMES = { "spatial.zones", "zones" };

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static List<String> split(String list) {
		return list == null ? List.of()
				: Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}
}
