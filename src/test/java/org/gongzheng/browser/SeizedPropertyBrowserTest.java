package org.gongzheng.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.casework.internal.SeizedProperties;
import org.gongzheng.casework.internal.SeizedProperty;
import org.gongzheng.casework.internal.SeizedPropertyCommand;
import org.gongzheng.discretion.PenaltyCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page opens scrolled to the property list after a seized item changes, so a refused
 * register number has to be told there, beside its item, not at the top of the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeizedPropertyBrowserTest {

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final SeizedProperties property;

	@LocalServerPort
	private int port;

	SeizedPropertyBrowserTest(Fixtures fixtures, PenaltyCases penaltyCases, SeizedProperties property) {
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.property = property;
	}

	@Test
	void onAPhoneARegisterNumberAlreadyInUseIsRefusedBesideItsItemKeepingWhatWasTyped() {
		Fixtures.Bureau bureau = fixtures.bureau();
		long caseId = penaltyCases.assault(bureau).caseId();
		SeizedProperty phone = property.seize(caseId, item("手机"), bureau.officer());
		SeizedProperty wallet = property.seize(caseId, item("钱包"), bureau.officer());
		String taken = "RK-" + caseId + "-1";
		property.register(caseId, phone.getId(), phone.getVersion(), taken, bureau.officer());
		String field = "#registerNumber-" + wallet.getId();
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/" + caseId).type(field, taken).click(field + " ~ button");
			browser.waitForPageText("该入库登记号已被使用");
			assertThat(browser.script("""
					const field = document.querySelector('%s');
					return [field.value, field.getAttribute('aria-invalid'), field.getAttribute('aria-describedby'),
					        document.getElementById('problem') === null, document.activeElement === field]""".formatted(field)))
				.isEqualTo(java.util.List.of(taken, "true", "registerNumber-" + wallet.getId() + "-error", true, true));
			browser.screenshot("phone-property-register-refused");
			browser.type(field, "RK-" + caseId + "-2").click(field + " ~ button");
			browser.waitForPageText("已入库，登记号 RK-" + caseId + "-2");
			assertThat(browser.pageText()).doesNotContain("该入库登记号已被使用");
		}
	}

	private static SeizedPropertyCommand item(String description) {
		return new SeizedPropertyCommand(description, SeizedProperty.Category.OTHER, 1, "件", 1000L,
				SeizedProperty.Kind.SEIZURE, null, null, null, null);
	}
}
