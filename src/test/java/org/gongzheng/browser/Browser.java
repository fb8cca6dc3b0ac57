package org.gongzheng.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), driven by
 * Selenium. Nothing is downloaded. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final String baseUrl;

	private String axe;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	static Browser open(int port, int width, int height) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height);
		// Chromium leaves a folder for its single-instance socket behind in TMPDIR at every quit; under
		// target/ they go with the build instead of piling up in /tmp.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TMPDIR", scratchFolder().toString()))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		return new Browser(driver, "http://localhost:" + port);
	}

	private static Path scratchFolder() {
		try {
			return Files.createDirectories(Path.of("target", "chromium-tmp")).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Browser go(String path) {
		driver.get(path.startsWith("http") ? path : baseUrl + path);
		return this;
	}

	Browser driverGo(String url) {
		driver.get(url);
		return this;
	}

	WebElement find(String css) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	Browser type(String css, String text) {
		return onFresh(css, field -> {
			field.clear();
			field.sendKeys(text);
			return this;
		});
	}

	Browser click(String css) {
		return onFresh(css, element -> {
			driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
				.click();
			return this;
		});
	}

	/**
	 * Acts on the element, found again if the page replaced it between being found and being used, as
	 * a person acts on what is there: the request page swaps its reading panel in again when the
	 * window gains focus (to show materials read in other tabs), which a headless browser may report
	 * at any moment.
	 */
	private <T> T onFresh(String css, Function<WebElement, T> action) {
		for (int attempt = 1;; attempt++) {
			try {
				return action.apply(find(css));
			}
			catch (StaleElementReferenceException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Presses Tab until the element the selector names has the focus, as a keyboard user would
	 * move through the page; fails if it is not reached within {@code presses}.
	 */
	Browser tabTo(String css, int presses) {
		WebElement target = find(css);
		for (int i = 0; i < presses; i++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			if (target.equals(driver.switchTo().activeElement())) {
				return this;
			}
		}
		throw new AssertionError(css + " was not reached with " + presses + " presses of Tab");
	}

	/** Types into whatever has the focus, as the keyboard would. */
	Browser keys(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
		return this;
	}

	/** Chooses a file in a file field, as the file dialog would. */
	Browser attach(String css, java.nio.file.Path file) {
		driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Chooses the option with this value in a select box. */
	Browser select(String css, String value) {
		return onFresh(css, box -> {
			new Select(box).selectByValue(value);
			return this;
		});
	}

	String text(String css) {
		return onFresh(css, WebElement::getText);
	}

	String pageText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Waits until the page says all of {@code texts}: after a click that submits a form, the page
	 * being replaced may still be there, or its body may go stale while it is read.
	 */
	Browser waitForPageText(String... texts) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(d -> {
				String body = d.findElement(By.tagName("body")).getText();
				return java.util.Arrays.stream(texts).allMatch(body::contains);
			});
		return this;
	}

	String url() {
		return driver.getCurrentUrl();
	}

	Browser waitForUrl(String fragment) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
		return this;
	}

	/** Accepts the confirmation dialog an irreversible action asks for. */
	Browser confirm() {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		return this;
	}

	/** A field's value once the page has loaded and its scripts have run (kept forms are filled in then). */
	String value(String css) {
		pageLoaded();
		return onFresh(css, field -> field.getDomProperty("value"));
	}

	/** Whether a checkbox or radio button is checked once the page has loaded and its scripts have run. */
	boolean checked(String css) {
		pageLoaded();
		return onFresh(css, WebElement::isSelected);
	}

	private void pageLoaded() {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
	}

	boolean enabled(String css) {
		return onFresh(css, WebElement::isEnabled);
	}

	/**
	 * A script function, {@code linesOf(node)}, giving the number of lines a node's text takes on the
	 * page; put it before a script that measures wrapping.
	 */
	static final String LINES_OF = """
			function linesOf(node) {
			  const range = document.createRange();
			  range.selectNodeContents(node);
			  return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top / 4))).size;
			}
			""";

	/**
	 * A script listing each table cell's text of two to six Chinese characters (a unit's number may
	 * follow) that takes more than one line; a name or a short word such as 退回补正 should never be
	 * split across lines.
	 */
	static final String SPLIT_CELL_WORDS = splitWords("td", "^[\\u4e00-\\u9fff]{2,6}\\d*$");

	/**
	 * A script listing, as "page: text on n lines", each text inside an element matching
	 * {@code within} (a CSS selector) and matching {@code words} (a JavaScript regular expression)
	 * that takes more than one line.
	 */
	static String splitWords(String within, String words) {
		return LINES_OF + """
				const split = [];
				const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				  const text = node.textContent.trim();
				  if (!node.parentElement.closest('%s') || !/%s/.test(text)) continue;
				  if (linesOf(node) > 1) split.push(location.pathname + ': ' + text + ' on ' + linesOf(node) + ' lines');
				}
				return split;
				""".formatted(within, words);
	}

	Object script(String javascript) {
		return driver.executeScript(javascript);
	}

	/** Waits until a script returns true, such as one that finds what htmx has yet to swap in. */
	Browser waitUntil(String javascript) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(javascript)));
		return this;
	}

	/** How wide the page is in CSS pixels; wider than the window means it scrolls sideways. */
	int pageWidth() {
		return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
	}

	/** Runs a script that returns a list of texts, such as the words it found split. */
	@SuppressWarnings("unchecked")
	List<String> texts(String javascript) {
		return (List<String>) driver.executeScript(javascript);
	}

	/**
	 * What axe-core finds on the current page against WCAG 2.1 levels A and AA, one line per rule
	 * and element; empty when the page passes.
	 */
	@SuppressWarnings("unchecked")
	List<String> accessibilityProblems() {
		driver.executeScript(axeScript());
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return (List<String>) driver.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(function (result) {
				    // axe no longer reports a repeated id; a label, a described-by or a script would find the wrong element.
				    var seen = {};
				    var repeated = [];
				    document.querySelectorAll('[id]').forEach(function (e) {
				      seen[e.id] = (seen[e.id] || 0) + 1;
				      if (seen[e.id] === 2) { repeated.push('duplicate-id at #' + e.id); }
				    });
				    done(result.violations.flatMap(function (v) {
				      return v.nodes.map(function (n) {
				        return v.id + ' at ' + n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
				      });
				    }).concat(repeated));
				  })
				  .catch(function (e) { done(['axe-core failed: ' + e]); });
				""");
	}

	private String axeScript() {
		if (axe == null) {
			try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
				}
				axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return axe;
	}

	Browser screenshot(String name) {
		try {
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not keep the screenshot " + name, ex);
		}
		return this;
	}

	/** Ends the session as a timeout or a server restart would, leaving the page as it is. */
	Browser forgetSession() {
		driver.manage().deleteCookieNamed("JSESSIONID");
		return this;
	}

	Browser signIn(String username, String password) {
		go("/login");
		type("#username", username);
		type("#password", password);
		click("button[type=submit]");
		return waitForUrl("/work");
	}

	@Override
	public void close() {
		driver.quit();
	}
}
