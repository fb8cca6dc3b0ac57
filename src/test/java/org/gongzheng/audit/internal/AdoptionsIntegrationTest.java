package org.gongzheng.audit.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.IntegrationTest;
import org.gongzheng.audit.AuditVerification;
import org.gongzheng.shared.AttestedRecords;
import org.gongzheng.shared.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade adopts its older records once. A second adoption, written later (say by a row staged
 * in the table an upgrade notes its adoption in), covers nothing: records slipped in since stay
 * reported. Kinds of record of this test's own, which the application's verification ignores.
 */
@IntegrationTest
class AdoptionsIntegrationTest {

	private static final String DIGEST = "d".repeat(64);

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	AdoptionsIntegrationTest(JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Test
	void onlyTheFirstAdoptionCoversRecordsAndThoseAttestedOnTheirOwnAreNotAmongThem() {
		// Records 1 to 6; the upgrade adopts 1 and 2, a later entry claims to adopt up to 4, and 5 is
		// attested on its own.
		vouch("attests TEST_ADOPTION 2 sha256:" + DIGEST);
		vouch("attests TEST_RECORD 5 sha256:" + DIGEST);
		vouch("attests TEST_ADOPTION 4 sha256:" + DIGEST);
		AuditVerifier verifier = new AuditVerifier(jdbc, Clock.systemUTC(),
				List.of(new Kind("TEST_RECORD", null, 6), new Kind("TEST_ADOPTION", "TEST_RECORD", 0)));

		AuditVerification result = verifier.verify();

		assertThat(result.intact()).as(result.summary()).isTrue();
		assertThat(result.unattested()).singleElement().satisfies(u -> {
			assertThat(u.type()).isEqualTo("TEST_RECORD");
			assertThat(u.firstIds()).containsExactly(6L, 4L, 3L);
		});
		assertThat(result.adoptions()).singleElement().satisfies(a -> {
			assertThat(a.type()).isEqualTo("TEST_RECORD");
			assertThat(a.throughId()).isEqualTo(2);
		});
	}

	private void vouch(String details) {
		transaction.executeWithoutResult(status -> events
			.publishEvent(AuditEvent.success("TEST_ENTRY", "TEST", null, details)));
	}

	/** Records 1 to {@code count}, each with the same digest; an adoption's records are its claims. */
	private record Kind(String type, String adoptedType, long count) implements AttestedRecords {

		@Override
		public Map<Long, String> currentDigests(Collection<Long> ids) {
			return ids.stream()
				.filter(id -> adoptedType != null || id <= count)
				.collect(Collectors.toMap(Function.identity(), id -> DIGEST));
		}

		@Override
		public Unattested unattested(LongPredicate attested, int sample) {
			List<Long> ids = LongStream.rangeClosed(1, count).map(i -> count + 1 - i).filter(id -> !attested.test(id))
				.boxed().toList();
			return new Unattested(type, ids.size(), ids);
		}
	}
}
