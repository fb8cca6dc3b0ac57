package org.gongzheng.audit.internal;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gongzheng.jar verify-audit} exits 0 on an intact chain, 2 on an intact chain with
 * signatures no row vouches for (other tests of this shared database insert some in SQL), 1 on a
 * broken one.
 */
@IntegrationTest
class AuditCommandLineTest {

	private final AuditVerifier verifier;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	AuditCommandLineTest(AuditVerifier verifier, Fixtures fixtures, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.verifier = verifier;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Test
	void theCommandExitsWithZeroWhenTheChainIsIntactAndOneWhenItIsBroken() {
		fixtures.bureau();
		AuditCommandLine command = new AuditCommandLine(verifier);
		boolean complete = verifier.verify().complete();
		command.run(null);
		assertThat(command.getExitCode()).isEqualTo(complete ? 0 : 2);

		long id = jdbc.queryForObject("select max(id) from audit_log", Long.class);
		String actor = jdbc.queryForObject("select actor from audit_log where id = ?", String.class, id);
		try {
			replaceActor(id, "someone-else");
			command.run(null);
			assertThat(command.getExitCode()).isEqualTo(1);
		}
		finally {
			replaceActor(id, actor);
		}
	}

	private void replaceActor(long id, String actor) {
		transactions.executeWithoutResult(status -> {
			jdbc.execute("set local session_replication_role = replica");
			jdbc.update("update audit_log set actor = ? where id = ?", actor, id);
		});
	}
}
