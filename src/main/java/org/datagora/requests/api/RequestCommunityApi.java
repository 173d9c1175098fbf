package org.datagora.requests.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.datagora.requests.RequestComment;
import org.datagora.requests.RequestComments;
import org.datagora.requests.RequestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data requests")
class RequestCommunityApi {

	private final RequestSupport support;

	private final RequestComments comments;

	RequestCommunityApi(RequestSupport support, RequestComments comments) {
		this.support = support;
		this.comments = comments;
	}

	@PostMapping("/api/1/requests/{id}/support")
	@Operation(summary = "Support a request (+1, once per account)")
	RequestSupport.Engagement support(@PathVariable UUID id) {
		return support.support(id, true);
	}

	@DeleteMapping("/api/1/requests/{id}/support")
	@Operation(summary = "Withdraw your support")
	RequestSupport.Engagement unsupport(@PathVariable UUID id) {
		return support.support(id, false);
	}

	@PostMapping("/api/1/requests/{id}/follow")
	@Operation(summary = "Follow a request: an e-mail on every change of status and every new comment")
	RequestSupport.Engagement follow(@PathVariable UUID id) {
		return support.follow(id, true);
	}

	@DeleteMapping("/api/1/requests/{id}/follow")
	@Operation(summary = "Stop following a request")
	RequestSupport.Engagement unfollow(@PathVariable UUID id) {
		return support.follow(id, false);
	}

	@GetMapping("/api/1/requests/{id}/comments")
	@Operation(summary = "The discussion of a request, oldest first; a hidden comment has no body except for "
			+ "moderators")
	List<RequestComment> comments(@PathVariable UUID id) {
		return comments.list(id);
	}

	record NewComment(String body) {
	}

	@PostMapping("/api/1/requests/{id}/comments")
	@Operation(summary = "Comment (Markdown; raw HTML is shown as text). Spam answers 422; past the hourly limit, 429")
	ResponseEntity<RequestComment> comment(@PathVariable UUID id, @RequestBody NewComment comment) {
		return ResponseEntity.status(HttpStatus.CREATED).body(comments.add(id, comment.body()));
	}

	@PostMapping("/api/1/requests/{id}/comments/{commentId}/report")
	@Operation(summary = "Report a comment to the moderators (once per account)")
	RequestComment report(@PathVariable UUID id, @PathVariable UUID commentId) {
		return comments.report(id, commentId);
	}

	record Moderation(boolean hidden) {
	}

	@PostMapping("/api/1/requests/{id}/comments/{commentId}/moderation")
	@Operation(summary = "Hide a comment or show it again (members of the holding organization, site administrators)")
	RequestComment moderate(@PathVariable UUID id, @PathVariable UUID commentId, @RequestBody Moderation moderation) {
		return comments.moderate(id, commentId, moderation.hidden());
	}
}
