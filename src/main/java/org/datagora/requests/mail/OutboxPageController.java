package org.datagora.requests.mail;

import org.datagora.web.PageController;
import org.datagora.web.PageRequest;
import org.datagora.web.Pager;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class OutboxPageController {

	private final Outbox outbox;

	private final OutboxSender sender;

	OutboxPageController(Outbox outbox, OutboxSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping("/admin/outbox")
	String page(@RequestParam(required = false) String recipient, @RequestParam(required = false) Integer page,
			Model model) {
		OutboxApi.requireSiteAdmin();
		PageRequest request = PageRequest.of(page, 50);
		Outbox.Listing listing = outbox.list(recipient, request);
		String query = recipient == null || recipient.isBlank() ? "" : "recipient=" + recipient.strip();
		model.addAttribute("page", new OutboxPage(listing.messages(), recipient == null ? "" : recipient.strip(),
				sender.sending(), Pager.of(request, listing.total(), "/admin/outbox", query)));
		return "requests/outbox";
	}
}
