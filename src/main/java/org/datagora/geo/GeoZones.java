package org.datagora.geo;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Look-up and suggestion of geo zones. */
@Service
public class GeoZones {

	private static final String COLUMNS = "id, level, code, name, parents, population";

	private final JdbcClient jdbc;

	GeoZones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<GeoZone> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from geo_zone where id = ?").param(id).query(GeoZones::zone).optional();
	}

	/** The zones among {@code ids} that exist, in no particular order. */
	public List<GeoZone> findAll(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from geo_zone where id = any(?)")
			.param(ids.toArray(String[]::new))
			.query(GeoZones::zone)
			.list();
	}

	/**
	 * Zones whose name or code starts with {@code query} (accents and case ignored, any word of
	 * the name), larger levels and larger populations first.
	 */
	public List<GeoZone> suggest(String query, int size) {
		String folded = Text.fold(query == null ? "" : query);
		if (folded.isEmpty()) {
			return List.of();
		}
		String like = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return jdbc.sql("""
				select %s from geo_zone
				where search_name like :prefix or search_name like :word or code = :code
				order by case when code = :code then 0 when search_name = :exact then 1
				              when search_name like :prefix then 2 else 3 end,
				         array_position(array['country','region','departement','epci','commune'], level),
				         population desc nulls last, name
				limit :size
				""".formatted(COLUMNS))
			.param("prefix", like + "%")
			.param("word", "% " + like + "%")
			.param("code", query.strip())
			.param("exact", folded)
			.param("size", size)
			.query(GeoZones::zone)
			.list();
	}

	/**
	 * The zone a harvested catalog means by {@code value}: a zone id, an INSEE or ISO code, or a
	 * name (accents and case ignored). Larger levels win (Paris the departement before Paris the
	 * commune: the same area); a name shared by two zones of the winning level (Saint-Denis, in
	 * La Réunion and in Seine-Saint-Denis) matches none.
	 */
	public Optional<GeoZone> match(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String raw = value.strip();
		List<GeoZone> candidates = jdbc.sql("select " + COLUMNS + """
				 from geo_zone where id = :raw or code = :raw or search_name = :folded
				order by case when id = :raw then 0 when code = :raw then 1 else 2 end,
				         array_position(array['country','region','departement','epci','commune'], level)
				limit 3
				""")
			.param("raw", raw)
			.param("folded", Text.fold(raw))
			.query(GeoZones::zone)
			.list();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		GeoZone best = candidates.get(0);
		boolean byName = !best.id().equals(raw) && !raw.equals(best.code());
		boolean ambiguous = byName && candidates.size() > 1 && candidates.get(1).level().equals(best.level());
		return ambiguous ? Optional.empty() : Optional.of(best);
	}

	/** Zones of one level, optionally only those inside {@code container}, by code. */
	public List<GeoZone> ofLevel(String level, String container) {
		return jdbc.sql("select " + COLUMNS + """
				 from geo_zone
				where level = ? and (cast(? as text) is null or parents @> array[cast(? as text)])
				order by code
				""")
			.params(level, container, container)
			.query(GeoZones::zone)
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from geo_zone").query(Long.class).single();
	}

	private static GeoZone zone(ResultSet rs, int row) throws SQLException {
		Array parents = rs.getArray("parents");
		int population = rs.getInt("population");
		return new GeoZone(rs.getString("id"), rs.getString("level"), rs.getString("code"), rs.getString("name"),
				Arrays.asList((String[]) parents.getArray()), rs.wasNull() ? null : population);
	}
}
