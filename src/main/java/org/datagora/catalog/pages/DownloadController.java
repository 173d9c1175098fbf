package org.datagora.catalog.pages;

import java.util.UUID;

import org.datagora.catalog.Resources;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stable download link of a resource: a redirect to its remote URL, or the uploaded file
 * streamed from the store. Downloads will be counted here.
 */
@RestController
class DownloadController {

	private final Resources resources;

	DownloadController(Resources resources) {
		this.resources = resources;
	}

	@GetMapping("/datasets/r/{id}")
	ResponseEntity<?> download(@PathVariable UUID id) {
		Resources.Download download = resources.download(id);
		if (download instanceof Resources.Redirect redirect) {
			return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, redirect.url()).build();
		}
		Resources.FileDownload file = (Resources.FileDownload) download;
		var response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mime()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString());
		if (file.size() != null) {
			response.contentLength(file.size());
		}
		return response.body(new InputStreamResource(file.content()));
	}
}
