/**
 * Shared page and API plumbing only: the page chrome (layout, language, signed-in user, CSRF),
 * errors as RFC 9457 problems, Markdown rendering, list envelopes. Each capability owns its own
 * controllers and templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.datagora.web;
