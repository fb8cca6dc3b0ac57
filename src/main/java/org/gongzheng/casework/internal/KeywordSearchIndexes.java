package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the case list's keyword search has no trigram indexes (V88 and V92 create them
 * only where the database offers pg_trgm and it can index Chinese text), so the administrator
 * learns why searches grow slow with the cases, and what to do, before the officers do.
 */
@Component
class KeywordSearchIndexes {

	private static final Logger log = LoggerFactory.getLogger(KeywordSearchIndexes.class);

	static final List<String> NAMES = List.of("cases_title_trgm_idx", "cases_number_trgm_idx",
			"cases_party_names_trgm_idx");

	/** Text of the kind the titles hold, to ask pg_trgm whether it can index them here. */
	private static final String CHINESE = "诈骗案件";

	private final JdbcTemplate jdbc;

	KeywordSearchIndexes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The indexes the database lacks, by name. */
	List<String> missing() {
		List<String> present = jdbc.queryForList(
				"select indexname from pg_indexes where schemaname = current_schema() and tablename = 'cases'", String.class);
		return NAMES.stream().filter(name -> !present.contains(name)).toList();
	}

	/**
	 * Whether pg_trgm finds trigrams in Chinese text in this database, which its LC_CTYPE decides;
	 * empty when the extension is not installed, so nobody can tell.
	 */
	Optional<Boolean> splitsChinese() {
		return jdbc.queryForList("""
				select quote_ident(n.nspname) from pg_extension e join pg_namespace n on n.oid = e.extnamespace
				where e.extname = 'pg_trgm'""", String.class).stream().findFirst()
			.map(schema -> jdbc.queryForObject("select cardinality(" + schema + ".show_trgm(?)) > 0", Boolean.class,
					CHINESE));
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		try {
			List<String> missing = missing();
			if (missing.isEmpty()) {
				return;
			}
			if (splitsChinese().filter(splits -> !splits).isPresent()) {
				log.warn("""
						Case keyword search runs without its trigram indexes ({}): this database's LC_CTYPE does not \
						count Chinese characters as letters, so pg_trgm cannot index Chinese titles, and with many \
						cases each search reads every case in scope. A database created with LC_CTYPE C.UTF-8 or \
						zh_CN.UTF-8 can have them.""", String.join(", ", missing));
				return;
			}
			log.warn("""
					Case keyword search runs without its trigram indexes ({}): with many cases it reads every \
					case in scope. Install PostgreSQL's contrib package (pg_trgm), then, as an account that may \
					create extensions: CREATE EXTENSION pg_trgm; \
					CREATE INDEX cases_title_trgm_idx ON cases USING gin (lower(title) gin_trgm_ops); \
					CREATE INDEX cases_number_trgm_idx ON cases USING gin (lower(case_number) gin_trgm_ops); \
					CREATE INDEX cases_party_names_trgm_idx ON cases USING gin (lower(party_names) gin_trgm_ops);""",
					String.join(", ", missing));
		}
		catch (RuntimeException ex) {
			// A check that cannot run must not keep the application from serving.
			log.warn("Could not check the case keyword search indexes", ex);
		}
	}
}
