package org.datagora.harvest.protocol;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the pages of a JSON catalog API (CKAN, udata, OpenDataSoft) as streams: the items of a
 * page's list one at a time, each mapped and handed to the sink, and the few scalar fields beside
 * the list (a count, the next page), so that neither a page nor the catalog is ever held whole.
 * It also counts the accepted items against {@link HarvestRequest#maxItems()}.
 */
public final class JsonPages {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();

	/**
	 * What a page said besides its items: its scalar fields by dotted path, whether it had a list
	 * of items where expected, and how many items that list held.
	 */
	public record Page(Map<String, String> fields, boolean hasList, int items) {

		public String field(String path) {
			return fields.get(path);
		}
	}

	private final HarvestSink sink;

	private final int maxItems;

	private int accepted;

	private String previousFirstItem;

	public JsonPages(HarvestSink sink, int maxItems) {
		this.sink = sink;
		this.maxItems = maxItems;
	}

	/** A portal's root, whether the source was given as the portal or as one of its API or page URLs. */
	public static String portalRoot(URI url) {
		String root = url.toString().replaceFirst("[?#].*$", "").replaceFirst("/(api|explore)/.*$", "");
		return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
	}

	/** Whether maxItems were accepted: the walk must stop. */
	public boolean full() {
		return maxItems > 0 && accepted >= maxItems;
	}

	/**
	 * Reads one page: every item of the first list found at one of {@code itemPaths} (dotted paths
	 * of object fields, "" for a page that is a list) goes through {@code mapper} to the sink.
	 * Reading stops early once {@link #full()}.
	 */
	public Page read(RemoteFetcher.Response response, List<String> itemPaths, Function<JsonNode, RemoteDataset> mapper) {
		PageReading reading = new PageReading(response, itemPaths, mapper);
		try (JsonParser parser = MAPPER.createParser(response.body())) {
			if (parser.nextToken() == null) {
				throw new HarvestException(notJson(response, "the page is empty"));
			}
			reading.value(parser, "");
		}
		catch (JacksonException e) {
			throw new HarvestException(notJson(response, e.getOriginalMessage()), e);
		}
		return new Page(reading.fields, reading.hasList, reading.items);
	}

	/** The walk of one page: descends only into the objects that lead to the list of items. */
	private final class PageReading {

		private final RemoteFetcher.Response response;

		private final List<String> itemPaths;

		private final Function<JsonNode, RemoteDataset> mapper;

		private final Map<String, String> fields = new HashMap<>();

		private boolean hasList;

		private int items;

		PageReading(RemoteFetcher.Response response, List<String> itemPaths, Function<JsonNode, RemoteDataset> mapper) {
			this.response = response;
			this.itemPaths = itemPaths;
			this.mapper = mapper;
		}

		void value(JsonParser parser, String path) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.START_ARRAY && !hasList && itemPaths.contains(path)) {
				hasList = true;
				while (!full() && parser.nextToken() != JsonToken.END_ARRAY) {
					item(parser.readValueAsTree());
				}
			}
			else if (token == JsonToken.START_OBJECT && leadsToItems(path)) {
				while (!full() && parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					value(parser, path.isEmpty() ? name : path + "." + name);
				}
			}
			else if (token.isScalarValue()) {
				fields.put(path, token == JsonToken.VALUE_NULL ? null : parser.getString());
			}
			else {
				parser.skipChildren();
			}
		}

		private boolean leadsToItems(String path) {
			return path.isEmpty() || itemPaths.stream().anyMatch(list -> list.startsWith(path + "."));
		}

		private void item(JsonNode item) {
			if (items++ == 0) {
				refuseRepeatedPage(response, item);
			}
			offer(item, mapper);
		}
	}

	/** A source that ignores the paging parameters answers the same page again and again. */
	private void refuseRepeatedPage(RemoteFetcher.Response response, JsonNode first) {
		String text = first.toString();
		if (text.equals(previousFirstItem)) {
			throw new HarvestException("Paging loop: " + response.url()
					+ " starts with the same item as the previous page; the source ignores the paging parameters");
		}
		previousFirstItem = text;
	}

	private void offer(JsonNode item, Function<JsonNode, RemoteDataset> mapper) {
		RemoteDataset dataset;
		try {
			dataset = mapper.apply(item);
		}
		catch (HarvestException e) {
			throw e;
		}
		catch (RuntimeException e) {
			sink.failed(JsonFields.text(item, "id", "dataset_id", "datasetid"), "Unreadable dataset: " + e.getMessage());
			return;
		}
		if (dataset.remoteId() == null) {
			sink.failed(null, "A dataset has no identifier" + (dataset.title() == null ? "" : " (title: " + dataset.title() + ")"));
		}
		else if (dataset.title() == null) {
			sink.failed(dataset.remoteId(), "The dataset has no title");
		}
		else {
			sink.accept(dataset);
			accepted++;
		}
	}

	private static String notJson(RemoteFetcher.Response response, String problem) {
		String type = response.contentType() == null ? "" : " (" + response.contentType() + ")";
		return "The page " + response.url() + type + " is not readable JSON: " + problem;
	}
}
