package org.datagora.harvest.protocol;

/**
 * A distribution of a {@link RemoteDataset} as the source describes it.
 *
 * @param url where the data is (download or access URL); required
 * @param format format as given (extension, MIME type or EU file type URI)
 * @param size byte size, or null
 * @param checksum "algorithm:hex" (for example "sha256:ab12..."), or null
 * @param schemaUrl the schema the data conforms to (Table Schema URL), or null
 */
public record RemoteResource(String title, String description, String url, String format, String mime, Long size,
		String checksum, String schemaUrl) {
}
