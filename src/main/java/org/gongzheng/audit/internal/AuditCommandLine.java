package org.gongzheng.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.gongzheng.audit.AuditVerification;

/**
 * {@code java -jar gongzheng.jar verify-audit}: verifies the chain, prints the result and exits
 * with 0 when intact, 1 when broken, 2 when intact but some signature or round is vouched for by no row.
 * The main class starts the application without a web server for this.
 */
@Component
@ConditionalOnProperty("gongzheng.audit.verify-and-exit")
class AuditCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final AuditVerifier verifier;

	private int exitCode;

	AuditCommandLine(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification result = verifier.verify();
		if (result.intact() && !result.complete()) {
			System.out.printf("Audit chain OK but INCOMPLETE: %s, at %s%n", result.summary(), result.checkedAt());
			exitCode = 2;
		}
		else if (result.intact()) {
			System.out.printf("Audit chain OK: %s, at %s%n", result.summary(), result.checkedAt());
			exitCode = 0;
		}
		else {
			System.out.printf("Audit chain BROKEN at row %d (%s) after %d rows%n", result.firstBrokenId(),
					result.problem(), result.rowsChecked());
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
