package org.gongzheng.document.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.gongzheng.document.DocumentType;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Fills the print templates ({@code templates/document/print/<type>.xhtml}). They run in XML mode
 * on an engine of their own, so the output is always well-formed XHTML that the PDF renderer can
 * read, every value is escaped, and the web pages' engine is left alone. Legal documents are
 * written in Chinese whatever the reader's language.
 */
@Component
class DocumentTemplates {

	private final SpringTemplateEngine engine;

	private final ChineseFormats formats;

	DocumentTemplates(DefaultZone zone) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/document/print/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.formats = new ChineseFormats(zone.zoneId());
	}

	/** The document's body as an XHTML fragment (a single {@code <div class="document">}). */
	String render(DocumentType type, Map<String, Object> variables) {
		Context context = new Context();
		context.setVariables(variables);
		context.setVariable("cn", formats);
		return engine.process(type.name().toLowerCase(), context).strip();
	}
}
