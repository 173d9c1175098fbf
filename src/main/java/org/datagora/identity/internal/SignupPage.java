package org.datagora.identity.internal;

import org.datagora.web.FormErrors;

public record SignupPage(SignupForm form, FormErrors errors, int minPasswordLength) {
}
