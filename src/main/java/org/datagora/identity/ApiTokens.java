package org.datagora.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datagora.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named API tokens sent as {@code X-API-KEY}. A token is 32 random bytes; only its SHA-256 is
 * stored (a slow hash is not needed for a secret with 256 bits of entropy, and a fast one keeps
 * every API call cheap). It is shown once, at creation.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "dg_";

	private static final int MAX_NAME = 80;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token as lists show it: never the secret. */
	public record TokenInfo(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant revokedAt, Instant lastUsedAt) {

		public boolean active(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}
	}

	/** The secret of a new token, to show once, with its description. */
	public record IssuedToken(String token, TokenInfo info) {
	}

	@Transactional
	public IssuedToken issue(UUID accountId, String name, Instant expiresAt) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			throw ProblemException.invalid("name", "is required, " + MAX_NAME + " characters at most");
		}
		if (expiresAt != null && expiresAt.isBefore(Instant.now())) {
			throw ProblemException.invalid("expires_at", "must be in the future");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		String prefix = token.substring(0, 8);
		Instant now = Instant.now();
		jdbc.sql("""
				insert into api_token (id, account_id, name, token_hash, prefix, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, accountId, name.strip(), hash(token), prefix, Timestamp.from(now),
					expiresAt == null ? null : Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, new TokenInfo(id, name.strip(), prefix, now, expiresAt, null, null));
	}

	public List<TokenInfo> list(UUID accountId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, expires_at, revoked_at, last_used_at
				from api_token where account_id = ? order by created_at desc
				""").param(accountId).query((rs, row) -> new TokenInfo(rs.getObject(1, UUID.class), rs.getString(2),
				rs.getString(3), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
				instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)))).list();
	}

	@Transactional
	public void revoke(UUID accountId, UUID tokenId) {
		int changed = jdbc.sql("""
				update api_token set revoked_at = coalesce(revoked_at, now()) where id = ? and account_id = ?
				""").params(tokenId, accountId).update();
		if (changed == 0) {
			throw ProblemException.notFound("Token " + tokenId);
		}
	}

	/** The account of a valid (known, not revoked, not expired) token. */
	public Optional<UUID> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = hash(token);
		Optional<UUID> account = jdbc.sql("""
				select account_id from api_token
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
				""").param(hash).query(UUID.class).optional();
		// a write on every call would cost more than the call: last use is kept to the minute
		account.ifPresent(id -> jdbc.sql("""
				update api_token set last_used_at = now()
				where token_hash = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
				""").param(hash).update());
		return account;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
