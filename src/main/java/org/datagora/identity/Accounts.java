package org.datagora.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.datagora.web.FieldProblem;
import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and look-up of accounts. Passwords are kept only as Argon2id hashes. */
@Service
public class Accounts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public static final int MIN_PASSWORD_LENGTH = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Transactional
	public Viewer signUp(String email, String displayName, String password) {
		List<FieldProblem> errors = new ArrayList<>();
		String cleanEmail = email == null ? "" : email.strip();
		if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 254) {
			errors.add(new FieldProblem("email", "must be a valid e-mail address"));
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
			errors.add(new FieldProblem("display_name", "is required, 120 characters at most"));
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 256) {
			errors.add(new FieldProblem("password", "must have " + MIN_PASSWORD_LENGTH + " characters or more"));
		}
		if (errors.isEmpty() && findByEmail(cleanEmail).isPresent()) {
			errors.add(new FieldProblem("email", "an account already exists with this e-mail address"));
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into account (id, email, display_name, password_hash) values (?, ?, ?, ?)")
			.params(id, cleanEmail, displayName.strip(), passwords.encode(password))
			.update();
		return new Viewer(id, cleanEmail, displayName.strip(), false);
	}

	/** Makes sure a site administrator exists with this e-mail (configured at start). */
	@Transactional
	public Viewer ensureSiteAdmin(String email, String displayName, String password) {
		Viewer viewer = findByEmail(email).orElseGet(() -> signUp(email, displayName, password));
		jdbc.sql("update account set site_admin = true where id = ?").param(viewer.id()).update();
		return new Viewer(viewer.id(), viewer.email(), viewer.displayName(), true);
	}

	public Optional<Viewer> find(UUID id) {
		return jdbc.sql("select id, email, display_name, site_admin from account where id = ?")
			.param(id)
			.query(Accounts::viewer)
			.optional();
	}

	public Optional<Viewer> findByEmail(String email) {
		return jdbc.sql("select id, email, display_name, site_admin from account where lower(email) = lower(?)")
			.param(email == null ? "" : email.strip())
			.query(Accounts::viewer)
			.optional();
	}

	/** Display names of accounts, for pages that show who did what. */
	public Map<UUID, String> displayNames(Collection<UUID> ids) {
		return byId(ids, "display_name");
	}

	/** E-mail addresses of accounts, for notifications. */
	public Map<UUID, String> emails(Collection<UUID> ids) {
		return byId(ids, "email");
	}

	/** One column of accounts by id; {@code column} is a name from this class, never from a request. */
	private Map<UUID, String> byId(Collection<UUID> ids, String column) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var values = new HashMap<UUID, String>();
		jdbc.sql("select id, " + column + " from account where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				values.put(rs.getObject("id", UUID.class), rs.getString(column));
			});
		return values;
	}

	static Viewer viewer(ResultSet rs, int row) throws SQLException {
		return new Viewer(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getBoolean("site_admin"));
	}
}
