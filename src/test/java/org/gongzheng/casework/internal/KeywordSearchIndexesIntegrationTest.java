package org.gongzheng.casework.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.IntegrationTest;
import org.gongzheng.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list's keyword search can be answered from trigram indexes, for the very predicates
 * {@link CaseSpecifications} writes, so it does not read every case in scope at a province's volumes.
 */
@IntegrationTest
class KeywordSearchIndexesIntegrationTest {

	private final KeywordSearchIndexes indexes;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	KeywordSearchIndexesIntegrationTest(KeywordSearchIndexes indexes, JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.indexes = indexes;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Test
	void aDatabaseWhosePgTrgmSplitsChineseHasAllIndexesAndTheStartCheckFindsNoneMissing() {
		assertThat(indexes.splitsChinese()).contains(true);
		assertThat(indexes.missing()).isEmpty();
	}

	@Test
	void aPartOfATitleOrOfAPartysNameAndTheStartOfACaseNumberAreLookedUpInTheIndexes() {
		String plan = planOf("""
				lower(case_number) like '990102-2026%' escape '\\' or lower(title) like '%殴打他人%' escape '\\'
				    or lower(party_names) like '%王小明%' escape '\\'""");
		assertThat(plan).contains("cases_title_trgm_idx").contains("cases_number_trgm_idx")
			.contains("cases_party_names_trgm_idx");
	}

	@Test
	void aTwoCharacterTermIsLookedUpInTheIndexesOfTwoCharacterPieces() {
		// The index serves it only if PostgreSQL inlines holds_bigram into keyword_bigrams(lower(...)) @> ARRAY[...].
		assertThat(planOfShortTerm("holds_bigram", "诈骗")).contains("cases_title_bigram_idx")
			.contains("cases_party_names_bigram_idx");
	}

	@Test
	void aOneCharacterTermIsLookedUpInTheIndexesOfCharacters() {
		// The index serves it only if PostgreSQL inlines holds_character into string_to_array(lower(...), NULL) @> ARRAY[...].
		assertThat(planOfShortTerm("holds_character", "盗")).contains("cases_title_char_idx")
			.contains("cases_party_names_char_idx");
	}

	/** The plan of the predicate CaseSpecifications writes for a short term no case number can hold. */
	private String planOfShortTerm(String function, String term) {
		return planOf("""
				(position('%2$s' in lower(title)) > 0 or position('%2$s' in lower(party_names)) > 0)
				    and (%1$s(lower(title), '%2$s') or %1$s(lower(party_names), '%2$s'))""".formatted(function, term));
	}

	/** Told not to read the table through, the planner reaches for an index only if one serves the predicate. */
	private String planOf(String where) {
		List<String> plan = transaction.execute(status -> {
			jdbc.execute("set local enable_seqscan = off");
			return jdbc.queryForList("explain select id from cases where " + where, String.class);
		});
		return String.join("\n", plan);
	}

	@Test
	void aDatabaseWhoseLcCtypeLeavesChineseOutGetsNoIndexesAndTheStartCheckTellsWhy() throws Exception {
		// pg_trgm finds no trigram in Chinese text there, so an index would be read whole for every Chinese keyword.
		try (Connection server = DriverManager.getConnection(TestDatabase.url("postgres"))) {
			server.createStatement().execute("drop database if exists gongzheng_ctype_c");
			server.createStatement().execute(
					"create database gongzheng_ctype_c template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'");
		}
		SingleConnectionDataSource database = new SingleConnectionDataSource(TestDatabase.url("gongzheng_ctype_c"), true);
		try {
			JdbcTemplate cLocale = new JdbcTemplate(database);
			cLocale.execute("create table cases (id bigint primary key, case_number varchar(40), title varchar(200))");
			cLocale.execute(new ClassPathResource("db/migration/V88__case_keyword_trigram_indexes.sql")
				.getContentAsString(StandardCharsets.UTF_8));

			KeywordSearchIndexes check = new KeywordSearchIndexes(cLocale);
			assertThat(check.splitsChinese()).contains(false);
			assertThat(check.missing()).containsExactlyElementsOf(KeywordSearchIndexes.NAMES);
		}
		finally {
			database.destroy();
		}
	}
}
