package org.gongzheng;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gongzheng.jar verify-audit} starts the application without a web server, so
 * every bean it creates must do without one; the verification itself is tested in
 * {@code AuditCommandLineTest}.
 */
class VerifyAuditCommandTest {

	@Test
	void theCommandStartsWithoutAWebServerAndAnswersTheVerificationsExitCode() {
		// Other tests of this shared database insert signatures in SQL, which no entry vouches for (2).
		assertThat(GongzhengApplication.verifyAudit()).isIn(0, 2);
	}
}
