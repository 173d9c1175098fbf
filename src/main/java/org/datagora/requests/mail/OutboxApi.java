package org.datagora.requests.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.identity.Viewer;
import org.datagora.web.PageRequest;
import org.datagora.web.Paged;
import org.datagora.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Site")
class OutboxApi {

	private final Outbox outbox;

	OutboxApi(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/1/admin/outbox")
	@Operation(summary = "The e-mail notifications written, newest first, optionally to one address, sent or kept "
			+ "(site administrators)")
	Paged<Outbox.Message> list(@RequestParam(required = false) String recipient,
			@RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		requireSiteAdmin();
		PageRequest request = PageRequest.of(page, pageSize);
		Outbox.Listing listing = outbox.list(recipient, request);
		return Paged.of(listing.messages(), request, listing.total(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	static void requireSiteAdmin() {
		Viewer viewer = Viewer.current().orElseThrow(ProblemException::unauthorized);
		if (!viewer.siteAdmin()) {
			throw ProblemException.forbidden("Only site administrators read the outbox");
		}
	}
}
