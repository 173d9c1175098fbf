package org.datagora.web;

/** One thing wrong with one field of a request, as shown in the {@code errors} list of a problem. */
public record FieldProblem(String field, String message) {
}
