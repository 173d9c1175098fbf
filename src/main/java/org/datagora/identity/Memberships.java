package org.datagora.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which organization, with which {@link Role}. */
@Service
public class Memberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member of an organization as lists show it. */
	public record Member(UUID accountId, String email, String displayName, Role role, Instant since) {
	}

	public Optional<Role> roleOf(UUID accountId, UUID organizationId) {
		return jdbc.sql("select role from membership where account_id = ? and organization_id = ?")
			.params(accountId, organizationId)
			.query((rs, row) -> Role.fromCode(rs.getString(1)))
			.optional();
	}

	/** Adds a member, or changes the role of an existing one. */
	@Transactional
	public void put(UUID organizationId, UUID accountId, Role role) {
		jdbc.sql("""
				insert into membership (organization_id, account_id, role) values (?, ?, ?)
				on conflict (organization_id, account_id) do update set role = excluded.role
				""").params(organizationId, accountId, role.code()).update();
	}

	@Transactional
	public boolean remove(UUID organizationId, UUID accountId) {
		return jdbc.sql("delete from membership where organization_id = ? and account_id = ?")
			.params(organizationId, accountId)
			.update() > 0;
	}

	public List<Member> membersOf(UUID organizationId) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, m.role, m.created_at
				from membership m join account a on a.id = m.account_id
				where m.organization_id = ? order by m.role, a.display_name
				""")
			.param(organizationId)
			.query((rs, row) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					Role.fromCode(rs.getString(4)), rs.getTimestamp(5).toInstant()))
			.list();
	}

	public long adminCount(UUID organizationId) {
		return jdbc.sql("select count(*) from membership where organization_id = ? and role = 'admin'")
			.param(organizationId)
			.query(Long.class)
			.single();
	}

	/** The organizations an account belongs to, with its role in each. */
	public List<OrganizationRole> organizationsOf(UUID accountId) {
		return jdbc.sql("select organization_id, role from membership where account_id = ?")
			.param(accountId)
			.query((rs, row) -> new OrganizationRole(rs.getObject(1, UUID.class), Role.fromCode(rs.getString(2))))
			.list();
	}

	public record OrganizationRole(UUID organizationId, Role role) {
	}
}
