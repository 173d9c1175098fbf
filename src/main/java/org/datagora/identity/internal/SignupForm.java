package org.datagora.identity.internal;

import org.springframework.web.bind.annotation.BindParam;

/** The sign-up form as submitted; the password is never shown again. */
public record SignupForm(String email, @BindParam("display_name") String displayName, String password) {

	public static SignupForm empty() {
		return new SignupForm("", "", null);
	}
}
