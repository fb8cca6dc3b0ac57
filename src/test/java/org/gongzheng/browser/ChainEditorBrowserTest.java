package org.gongzheng.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.ReviewUnit;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The legal department rearranges a chain's links in the editor (nothing is saved until the form
 * is), saves the new version, and reads on the version's page who changed what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChainEditorBrowserTest {

	private final Fixtures fixtures;

	private final ChainAdministration chains;

	private final JdbcTemplate jdbc;

	@LocalServerPort
	private int port;

	ChainEditorBrowserTest(Fixtures fixtures, ChainAdministration chains, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.chains = chains;
		this.jdbc = jdbc;
	}

	@Test
	void theLegalDepartmentMovesALinkAndTheNewVersionShowsWhatMoved() {
		Fixtures.Bureau bureau = fixtures.bureau();
		int before = chains.edit(ApprovalAction.MEASURE_CHANGE, inForce(bureau), new ChainEdit("依据", "basis", "两级审批",
				List.of(new LinkSpec("所长审核", "Station review", Role.REVIEWER, UnitLevel.OWN_STATION,
						QualificationLevel.INTERMEDIATE, false, 24, ReviewUnit.HOURS),
						new LinkSpec("法制审核", "Legal review", Role.LEGAL, UnitLevel.BUREAU_LEGAL, QualificationLevel.ADVANCED,
								false, 3, ReviewUnit.WORKING_DAYS))),
				bureau.legal()).getChainVersion();

		try (Browser browser = Browser.open(port, 1400, 1000)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/chains/MEASURE_CHANGE");
			browser.click("#chain-links tbody tr:nth-child(1) button[data-link-action=remove]");
			assertThat(browser.script("return document.getElementById('links0.nameZh').value")).isEqualTo("法制审核");
			assertThat(browser.script("return document.getElementById('links1.nameZh').value")).isEqualTo("");

			browser.go("/approvals/chains/MEASURE_CHANGE");
			browser.click("#chain-links tbody tr:nth-child(1) button[data-link-action=down]");
			assertThat(browser.script("return document.getElementById('links0.nameZh').value")).isEqualTo("法制审核");
			assertThat(browser.script("return document.getElementById('links1.role').value")).isEqualTo("REVIEWER");
			browser.type("#changeNote", "法制审核提前");
			browser.screenshot("chain-01-link-moved");
			browser.click("#chain-submit").confirm();
			browser.waitForUrl("/approvals/chains/MEASURE_CHANGE");
			assertThat(browser.text("#chain-versions tbody tr:first-child")).contains("v" + (before + 1))
				.contains(bureau.legal().name()).contains("法制审核提前");

			browser.click("#chain-versions tbody tr:first-child a");
			browser.waitForUrl("/approvals/chain-versions/");
			assertThat(browser.text("#version-editor")).contains(bureau.legal().name());
			assertThat(browser.text("#version-links tbody tr:nth-child(1)")).startsWith("1 法制审核").contains("原为");
			assertThat(browser.script("return document.querySelectorAll('#version-links td.changed').length"))
				.isEqualTo(10L);
			browser.screenshot("chain-02-version-page");
		}
	}

	@Test
	void theLegalDepartmentGoesBackToTheDefaultSayingWhyAfterConfirmingAndTheHistoryShowsIt() {
		Fixtures.Bureau bureau = fixtures.bureau();
		int own = chains.edit(ApprovalAction.MEASURE_CHANGE, inForce(bureau), new ChainEdit("依据", "basis", "本局试行",
				List.of(new LinkSpec("所长审核", "Station review", Role.REVIEWER, UnitLevel.OWN_STATION,
						QualificationLevel.INTERMEDIATE, false, 24, ReviewUnit.HOURS))),
				bureau.legal()).getChainVersion();

		try (Browser browser = Browser.open(port, 1400, 1000)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/chains/MEASURE_CHANGE");
			browser.type("#follow-reason", "试行期满，恢复全省统一流程");
			browser.screenshot("chain-06-follow-default-reason");
			browser.click("#follow-default button[type=submit]").confirm();
			browser.waitForPageText("本局已恢复执行全省默认审批链");
			assertThat(browser.text("#chain-versions tr.default-return")).contains("恢复执行省级默认（第")
				.contains(bureau.legal().name()).contains("试行期满，恢复全省统一流程").contains("本局第 " + own + " 版停止执行");
			browser.script("document.getElementById('chain-versions').scrollIntoView({behavior: 'instant'})");
			browser.screenshot("chain-07-returned-to-default");
		}
		assertThat(inForce(bureau)).isLessThan(own);
	}

	@Test
	void theEditorChecksStaffingWithoutAskingOrSavingAndKeepsTheRowsTyped() {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		String versions = "select count(*) from approval_chains where bureau_id = ?";
		int before = jdbc.queryForObject(versions, Integer.class, bureau.bureau().getId());

		try (Browser browser = Browser.open(port, 1400, 1000)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/chains/MEASURE_END");
			// The chain's one station review, and a second one in the spare row.
			browser.type("[id='links1.nameZh']", "所内复核").type("[id='links1.nameEn']", "Second station review");
			browser.select("[id='links1.role']", "REVIEWER").select("[id='links1.unitLevel']", "OWN_STATION");
			// Only looking: no question first (an unexpected one would stop the next step).
			browser.click("#chain-check");
			browser.waitForUrl("/approvals/chains/MEASURE_END/staffing-check");
			assertThat(browser.text("#staffing-preview")).contains(bureau.stationOne().getNameZh() + "：第 2 环节“所内复核”")
				.contains(bureau.stationTwo().getNameZh());
			assertThat(browser.value("[id='links1.nameZh']")).isEqualTo("所内复核");
			browser.screenshot("chain-04-staffing-check");
		}
		assertThat(jdbc.queryForObject(versions, Integer.class, bureau.bureau().getId())).as("nothing saved")
			.isEqualTo(before);
	}

	@Test
	void theLegalDepartmentIsToldOnItsWorkPageOfChainsAStationCannotStaffAndFollowsOneToItsGaps() {
		// Station two has nobody to review its cases.
		Fixtures.Bureau bureau = fixtures.bureau();

		try (Browser browser = Browser.open(port, 1400, 1000)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/work");
			browser.waitUntil("return document.getElementById('work-staffing') !== null");
			assertThat(browser.text("#work-staffing")).contains("审批链人手缺口");
			assertThat(browser.text("#work-staffing-units")).isEqualTo(bureau.stationTwo().getNameZh());
			browser.screenshot("chain-05-work-page-staffing");
			browser.click("#work-staffing-chains");
			browser.waitForUrl("/approvals/chains");
			browser.click("a.staffing-short[href='/approvals/chains/FILING#chain-staffing']");
			browser.waitForUrl("/approvals/chains/FILING");
			assertThat(browser.text("#chain-staffing")).contains(bureau.stationTwo().getNameZh() + "：第 1 环节");
		}
	}

	@Test
	void inEnglishAtTheNarrowestDesktopWidthEveryChoiceOfALinkIsReadWholeAndTheLinksFitWithoutScrolling() {
		Fixtures.Bureau bureau = fixtures.bureau();

		try (Browser browser = Browser.open(port, 992, 900)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/chains/PENALTY_MAJOR?lang=en");
			assertThat(browser.text("#chain-links")).contains("Handling station or squadron", "Bureau legal department");
			// A choice is cut short when its box is narrower than its chosen option's text plus the box's
			// own padding (which leaves room for the arrow); the canvas measures the text in the box's font.
			assertThat(browser.script("""
					const canvas = document.createElement('canvas').getContext('2d');
					return [...document.querySelectorAll('#chain-links select')].filter(s => {
					  const style = getComputedStyle(s);
					  canvas.font = style.font;
					  const needed = canvas.measureText(s.options[s.selectedIndex].text).width
					      + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
					  return s.getBoundingClientRect().width + 1 < needed;
					}).map(s => s.id + ': ' + s.options[s.selectedIndex].text);
					""")).asInstanceOf(LIST).isEmpty();
			// How far the links overflow their box, in pixels: none, so nothing scrolls sideways.
			assertThat(browser.script("const w = document.querySelector('#chain-form .table-responsive'); "
					+ "return w.scrollWidth - w.clientWidth")).isEqualTo(0L);
			// Countersign sits under the qualification with its own visible label, which ticks it.
			browser.click("#chain-links tbody tr:nth-child(1) .form-check-label");
			assertThat(browser.script("return document.getElementById('links0.countersign1').checked")).isEqualTo(true);
			browser.screenshot("chain-03-english-laptop");
		}
	}

	@Test
	void onAWideScreenTheLinkNamesGetTheRoomTheChoicesDoNotNeed() {
		Fixtures.Bureau bureau = fixtures.bureau();

		try (Browser browser = Browser.open(port, 1400, 900)) {
			browser.signIn(bureau.legal().getUsername(), Fixtures.PASSWORD);
			browser.go("/approvals/chains/PENALTY_MAJOR?lang=en");
			assertThat(browser.script("return document.getElementById('links2.nameEn').value"))
				.isEqualTo("Collective discussion by the bureau leaders");
			// Every name is shown whole in its box, the longest English one included.
			assertThat(browser.script("""
					return [...document.querySelectorAll('#chain-links .link-names input')]
					    .filter(i => i.scrollWidth > i.clientWidth).map(i => i.id + ': ' + i.value);
					""")).asInstanceOf(LIST).isEmpty();
		}
	}

	/** The version in force for the bureau: its own, else the provincial default. */
	private int inForce(Fixtures.Bureau bureau) {
		return jdbc.queryForObject("select chain_version from approval_chains where action = 'MEASURE_CHANGE' and active "
				+ "and (bureau_id = ? or bureau_id is null) order by bureau_id nulls last limit 1", Integer.class,
				bureau.bureau().getId());
	}
}
