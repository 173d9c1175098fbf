/**
 * Data requests: anyone with an account asks for data to be opened; the organization holding it
 * answers through a workflow whose every step is dated, attributed and kept (the
 * {@code request_event} table), under the legal clock of French law on access to administrative
 * documents (an answer within one month, an implicit refusal after, two months to refer the
 * matter to the CADA). Requests are supported, followed and discussed; notifications go through an
 * outbox. Writes publish {@link org.datagora.requests.DataRequestEvent}s in their transaction.
 * <p>
 * Search owns the index: it reads requests through {@link org.datagora.requests.DataRequests}
 * and its events, and answers searches through {@link org.datagora.requests.RequestSearch},
 * which this module declares and the search module implements.
 * <p>
 * Other modules move a request through {@link org.datagora.requests.RequestWorkflow#move}, with
 * the permissions of the signed-in account: turning a request into a roadmap entry is a
 * {@code planned} step whose note links the entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data requests",
		allowedDependencies = { "catalog", "geo", "identity", "web" })
package org.datagora.requests;
