package org.gongzheng.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ApprovalQueries;
import org.gongzheng.approval.internal.ChainStaffing;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staffing report of a large bureau: {@code bench.subBureaus} (default 20) sub-bureaus of
 * {@code bench.stations} (10) stations each, every station with {@code bench.stationOfficers} (50)
 * officers of whom one is its chief, and each sub-bureau with a reviewer; every
 * {@code bench.chieflessEvery}th (20th) station has no chief and so shows a gap on every chain with
 * a station review; the chiefs also handle cases ({@code bench.chiefsHandleCases}, true), so every
 * other station shows one for its chief's own cases. Times the read of the bureau's officers (all, and those who could sign), the
 * chains overview's gaps of every chain, and, over HTTP as a client meets them, one chain's gaps
 * and the check of links as typed. Units, officers and accounts are
 * inserted set-based, copied from the fixture's officers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gongzheng.supervision.cron=-", "gongzheng.supervision.on-events=false" })
class ChainStaffingBenchmark {

	private static final int SUB_BUREAUS = Integer.getInteger("bench.subBureaus", 20);

	private static final int STATIONS = Integer.getInteger("bench.stations", 10);

	private static final int STATION_OFFICERS = Integer.getInteger("bench.stationOfficers", 50);

	private static final int CHIEFLESS_EVERY = Integer.getInteger("bench.chieflessEvery", 20);

	/**
	 * Whether the chiefs handle cases too (hold OFFICER), as they usually do: then each station's own
	 * chief's cases have nobody to review them, the report's most gaps.
	 */
	private static final boolean CHIEFS_HANDLE_CASES = Boolean
		.parseBoolean(System.getProperty("bench.chiefsHandleCases", "true"));

	/**
	 * Past the tenth call on a connection, where PostgreSQL may have switched a prepared statement to
	 * a generic plan: with three, the slower plan was in five of the eleven timed calls and the median
	 * hid it.
	 */
	private static final int WARM_UP = 12;

	private static final int TIMED = 11;

	private final Fixtures fixtures;

	private final ChainStaffing staffing;

	private final ApprovalQueries queries;

	private final Organization organization;

	private final JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	ChainStaffingBenchmark(Fixtures fixtures, ChainStaffing staffing, ApprovalQueries queries,
			Organization organization, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.staffing = staffing;
		this.queries = queries;
		this.organization = organization;
		this.jdbc = jdbc;
	}

	@Test
	void theStaffingReportOfABureauOfTwoHundredStationsAndTenThousandOfficers() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer legal = bureau.legal();
		grow(bureau);
		DataScope scope = new DataScope(legal.bureauPath());
		int officers = organization.officersIn(scope).size();
		int stations = jdbc.queryForObject("select count(*) from units where path like ? and kind = 'STATION'",
				Integer.class, legal.bureauPath() + "%");
		List<ApprovalChain> chains = queries.activeChains(legal);
		Map<Long, List<ChainStaffing.Gap>> gaps = staffing.gaps(chains, legal);
		int totalGaps = gaps.values().stream().mapToInt(List::size).sum();

		// An access token, as a client that calls often uses one: a Basic call's password hash would
		// cost more than the report.
		String auth = "Bearer " + token(legal);
		HttpRequest oneChain = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/approvals/chains/FILING/staffing"))
			.header("Authorization", auth)
			.build();
		HttpRequest check = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/approvals/chains/staffing-check"))
			.header("Authorization", auth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(twoStationReviews()))
			.build();
		int oneChainGaps = count(send(oneChain));
		int checkGaps = count(send(check));
		assertThat(oneChainGaps).as("the chiefless stations").isGreaterThanOrEqualTo(stations / CHIEFLESS_EVERY);
		assertThat(checkGaps).as("one chief cannot sign both station reviews").isGreaterThanOrEqualTo(stations);

		String overview = median(() -> staffing.gaps(queries.activeChains(legal), legal).size());
		String read = median(() -> organization.officersIn(scope).size());
		String reviewersRead = median(() -> organization.officersIn(scope, Role.REVIEWER).size());
		String signersRead = median(
				() -> organization.officersHoldingAny(scope, EnumSet.of(Role.REVIEWER, Role.LEGAL, Role.LEADER)).size());
		String suggestions = median(() -> organization.officersMatching(scope, "民警", 20).size());
		String apiOne = median(() -> send(oneChain).length());
		String apiCheck = median(() -> send(check).length());

		Machine.report("chain-staffing", """
				## Staffing report of a large bureau (issue 3)

				%s
				One bureau of %,d stations in %d sub-bureaus (every %dth station without a chief; chiefs handle
				cases: %s) and %,d active officers; the legal department asks. Median of %d after %d untimed (fastest–slowest).

				| what | gaps found | median |
				|---|---|---|
				| all the bureau's officers read (`Organization.officersIn`), for comparison | | %s |
				| those who could sign read (`Organization.officersHoldingAny`) | | %s |
				| the reviewers read (`Organization.officersIn(scope, REVIEWER)`, a request page's possible signers) | | %s |
				| officers matching a typed name (`Organization.officersMatching`, 20 handler suggestions) | | %s |
				| the chains overview's gaps, all %d chains (`ChainStaffing.gaps`) | %,d | %s |
				| `GET /api/v1/approvals/chains/FILING/staffing` over HTTP with an access token | %,d | %s |
				| `POST /api/v1/approvals/chains/staffing-check`, two station reviews, over HTTP with an access token | %,d | %s |
				""".formatted(Machine.describe(jdbc), stations, SUB_BUREAUS + 1, CHIEFLESS_EVERY, CHIEFS_HANDLE_CASES, officers, TIMED,
				WARM_UP, read, signersRead, reviewersRead, suggestions, chains.size(), totalGaps, overview, oneChainGaps, apiOne, checkGaps, apiCheck));
	}

	/** Adds the sub-bureaus, their stations, and the stations' chiefs and officers with accounts. */
	private void grow(Fixtures.Bureau bureau) {
		long bureauId = bureau.bureau().getId();
		jdbc.update("""
				with n as (select nextval('units_id_seq') as id from generate_series(1, ?))
				insert into units (id, parent_id, code, name_zh, name_en, short_name, kind, path)
				select id, ?, '7' || lpad(id::text, 11, '0'), '基准分局' || id, 'Bench sub-bureau ' || id, '基' || id,
				       'SUB_BUREAU', ? || id || '/'
				from n""", SUB_BUREAUS, bureauId, bureau.bureau().getPath());
		jdbc.update("""
				with n as (select nextval('units_id_seq') as id, s.id as parent, s.path
				           from units s, generate_series(1, ?) where s.parent_id = ? and s.code like '7%%')
				insert into units (id, parent_id, code, name_zh, name_en, short_name, kind, path)
				select id, parent, '7' || lpad(id::text, 11, '0'), '基准派出所' || id, 'Bench station ' || id, '基' || id,
				       'STATION', path || id || '/'
				from n""", STATIONS, bureauId);
		String copied = Columns.of(jdbc, "officers", "id", "police_number", "name", "unit_id");
		// Officer k of each station: k = 0 is its chief, unless the station is one of the chiefless.
		jdbc.update("insert into officers (police_number, name, unit_id, " + copied + ") "
				+ "select lpad(nextval('test_fixture_seq')::text, 8, '0'), "
				+ "case when k = 0 then '基准所长' else '基准民警' end, u.id, " + copied.replaceAll("(\\w+)", "o.$1")
				+ " from (select id, row_number() over (order by id) as r from units where parent_id in "
				+ "(select id from units where parent_id = ? and code like '7%') and kind = 'STATION') u, "
				+ "generate_series(0, ? - 1) k, officers o "
				+ "where o.id = ? and not (k = 0 and u.r % ? = 0)", bureauId, STATION_OFFICERS,
				bureau.stationChief().officerId(), CHIEFLESS_EVERY);
		// Each sub-bureau its reviewer, for the links at sub-bureau level.
		jdbc.update("insert into officers (police_number, name, unit_id, " + copied + ") "
				+ "select lpad(nextval('test_fixture_seq')::text, 8, '0'), '基准审核人', u.id, "
				+ copied.replaceAll("(\\w+)", "o.$1") + " from units u, officers o "
				+ "where u.parent_id = ? and u.code like '7%' and o.id = ?", bureauId, bureau.stationChief().officerId());
		jdbc.update("""
				insert into accounts (officer_id, username, password_hash)
				select o.id, o.police_number, (select password_hash from accounts where officer_id = ?)
				from officers o join units u on u.id = o.unit_id
				where u.code like '7%%' and o.name in ('基准所长', '基准民警', '基准审核人')""", bureau.stationChief().officerId());
		jdbc.update("""
				insert into account_roles (account_id, role)
				select a.id, case when o.name = '基准民警' then 'OFFICER' else 'REVIEWER' end
				from accounts a join officers o on o.id = a.officer_id join units u on u.id = o.unit_id
				where u.code like '7%%' and o.name in ('基准所长', '基准民警', '基准审核人')""");
		if (CHIEFS_HANDLE_CASES) {
			jdbc.update("""
					insert into account_roles (account_id, role)
					select a.id, 'OFFICER' from accounts a join officers o on o.id = a.officer_id join units u on u.id = o.unit_id
					where u.code like '7%%' and o.name = '基准所长'""");
		}
		BenchDatabases.settle(jdbc, "units");
		BenchDatabases.settle(jdbc, "officers");
		BenchDatabases.settle(jdbc, "accounts");
		BenchDatabases.settle(jdbc, "account_roles");
	}

	/** The filing chain's first link twice, which each station's one chief cannot staff both of. */
	private String twoStationReviews() {
		String link = """
				{"nameZh":"办案部门审核","nameEn":"Review","role":"REVIEWER","unitLevel":"OWN_STATION",
				 "minQualification":"INTERMEDIATE","countersign":false,"reviewAmount":24,"reviewUnit":"HOURS"}""";
		return "{\"links\":[" + link + "," + link + "]}";
	}

	private String token(SignedInOfficer officer) throws Exception {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((officer.getUsername() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> made = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"staffing bench\",\"validDays\":1}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return made.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	/** The gaps in a JSON list of them. */
	private static int count(String gaps) {
		return gaps.split("\"unitId\"", -1).length - 1;
	}

	private String send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String median(Supplier<Object> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < TIMED; i++) {
			long start = System.nanoTime();
			work.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		return "%.1f ms (%.1f–%.1f)".formatted(millis.get(TIMED / 2), millis.get(0), millis.get(TIMED - 1));
	}
}
