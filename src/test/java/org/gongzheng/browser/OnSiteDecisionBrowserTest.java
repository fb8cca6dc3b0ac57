package org.gongzheng.browser;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.Pdfs;
import org.gongzheng.shared.identity.ResidentIdentityNumber;
import org.gongzheng.traffic.TrafficFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The issue's "done when" on a phone: a traffic officer issues an on-site red-light decision and
 * gets the PDF; 500 yuan on the spot is refused with the article cited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnSiteDecisionBrowserTest {

	private final TrafficFixtures fixtures;

	private final Clock clock;

	@LocalServerPort
	private int port;

	OnSiteDecisionBrowserTest(TrafficFixtures fixtures, Clock clock) {
		this.fixtures = fixtures;
		this.clock = clock;
	}

	@Test
	void aTrafficOfficerIssuesARedLightDecisionFromAPhoneAndOpensThePdf() {
		TrafficFixtures.Traffic traffic = fixtures.traffic();
		int year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
		String body = "11010119870412" + "053";
		String licence = body + ResidentIdentityNumber.checkCharacterFor(body);
		try (Browser browser = Browser.open(port, 390, 844)) {
			browser.signIn(traffic.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/traffic/onsite/new");
			assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			browser.script("""
					var select = document.getElementById('violationCode');
					select.value = '1625';
					select.dispatchEvent(new Event('change', { bubbles: true }));""");
			assertThat(browser.text("#recommended-grade")).isEqualTo("一般");
			assertThat(browser.text("#recommended-citations")).contains("《中华人民共和国道路交通安全法》第三十八条");
			assertThat(browser.script("return document.getElementById('points').value")).isEqualTo("6");
			browser.screenshot("onsite-01-recommendation");

			browser.type("#plateNumber", "青B12345")
				.type("#driverName", "李四")
				.type("#licenceNumber", licence)
				.type("#place", "青岚大道与人民路交叉口")
				.type("#bodycamClip", "DSJ-0001/20261122-0815")
				.type("#fine", "500")
				.click("#onsite-submit");
			assertThat(browser.text("#fine-error")).contains("《中华人民共和国道路交通安全法》第一百零七条第一款")
				.contains("200.00元以下");
			assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			browser.screenshot("onsite-02-500-yuan-refused");

			browser.type("#fine", "100").click("#onsite-submit");
			browser.waitForUrl("/traffic/onsite/");
			String number = traffic.word() + "行罚决字〔" + year + "〕1号";
			assertThat(browser.text("#document-number")).isEqualTo(number);
			assertThat(browser.text("#cycle-total")).contains("6 分");
			browser.screenshot("onsite-03-issued");

			String href = browser.find("#pdf-link").getAttribute("href");
			Object encoded = browser.script("""
					return fetch('%s', { credentials: 'same-origin' })
					  .then(r => r.status === 503 ? 'NO-FONT' : r.headers.get('Content-Type').startsWith('application/pdf')
					    ? r.arrayBuffer() : Promise.reject(r.status))
					  .then(buffer => {
					    if (buffer === 'NO-FONT') { return buffer; }
					    const bytes = new Uint8Array(buffer);
					    let binary = '';
					    for (let i = 0; i < bytes.length; i += 8192) {
					      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
					    }
					    return btoa(binary);
					  });""".formatted(href));
			assumeTrue(!"NO-FONT".equals(encoded), "No font with Chinese glyphs on this machine: apt-get install fonts-noto-cjk");
			String text = Pdfs.flatText(Base64.getDecoder().decode((String) encoded));
			assertThat(text).contains("行政处罚决定书").contains(number).contains("李四");
			browser.go(href.replace("http://localhost:" + port, ""));
			browser.screenshot("onsite-04-pdf");
		}
	}
}
