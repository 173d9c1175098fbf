package org.datagora.identity.internal;

import java.util.Collection;
import java.util.List;

import org.datagora.identity.Viewer;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a session or an API call. The password hash is there only for the login
 * check; Spring Security erases it right after, so sessions never hold it.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Viewer.Principal {

	private final Viewer viewer;

	private String passwordHash;

	AccountPrincipal(Viewer viewer, String passwordHash) {
		this.viewer = viewer;
		this.passwordHash = passwordHash;
	}

	@Override
	public Viewer viewer() {
		return viewer;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return viewer.siteAdmin()
				? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_SITE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return viewer.email();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
