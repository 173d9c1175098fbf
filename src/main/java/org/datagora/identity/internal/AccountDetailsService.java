package org.datagora.identity.internal;

import java.util.UUID;

import org.datagora.identity.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for the login form. */
@Component
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return jdbc.sql("""
				select id, email, display_name, site_admin, password_hash from account where lower(email) = lower(?)
				""")
			.param(email == null ? "" : email.strip())
			.query((rs, row) -> new AccountPrincipal(new Viewer(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getString(3), rs.getBoolean(4)), rs.getString(5)))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
	}
}
