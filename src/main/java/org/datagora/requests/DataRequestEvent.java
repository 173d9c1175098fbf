package org.datagora.requests;

import java.util.UUID;

/**
 * Something happened to a request; published in the transaction of the change. Search follows
 * all of them; notifications follow submissions, steps and comments.
 */
public sealed interface DataRequestEvent
		permits DataRequestSubmitted, DataRequestMoved, DataRequestCommented, DataRequestSupportChanged {

	UUID requestId();
}
