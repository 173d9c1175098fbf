package org.datagora.identity.internal;

import org.datagora.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes the account named by {@code DATAGORA_ADMIN_EMAIL} (and {@code DATAGORA_ADMIN_PASSWORD})
 * a site administrator at start, so a new portal can be administered without touching SQL.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final String email;

	private final String password;

	AdminBootstrap(Accounts accounts, @Value("${datagora.admin.email:}") String email,
			@Value("${datagora.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	/** Before the web server opens, so that the administrator can sign in from the first request. */
	@Override
	public void afterSingletonsInstantiated() {
		if (!email.isBlank()) {
			accounts.ensureSiteAdmin(email, "Administrateur", password);
			log.info("{} is a site administrator", email);
		}
	}
}
