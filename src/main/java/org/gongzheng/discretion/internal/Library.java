package org.gongzheng.discretion.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.discretion.ViolationView;

/** Read access to the statute library, the violation catalogue and the procedure rules, for pages and the API. */
@Service
@Transactional(readOnly = true)
public class Library {

	/** A procedure rule as pages and the API show it. */
	public record RuleView(String code, RuleKind kind, String domain, String offender, Long limitFen,
			org.gongzheng.discretion.LocalizedText name, org.gongzheng.discretion.LocalizedText citation,
			java.time.LocalDate effectiveFrom, java.time.LocalDate repealedOn) {
	}

	/** An article as pages and the API show it. */
	public record ArticleView(long id, String position, org.gongzheng.discretion.LocalizedText citation, String textZh) {
	}

	private final LawRepository laws;

	private final LawArticleRepository articles;

	private final ViolationRepository violations;

	private final ProcedureRuleRepository rules;

	Library(LawRepository laws, LawArticleRepository articles, ViolationRepository violations,
			ProcedureRuleRepository rules) {
		this.laws = laws;
		this.articles = articles;
		this.violations = violations;
		this.rules = rules;
	}

	public List<ViolationView> violations() {
		return violations.findByActiveTrueOrderByDomainAscCodeAsc().stream().map(Violation::view).toList();
	}

	public Map<Law, List<ArticleView>> library() {
		Map<Law, List<ArticleView>> out = new LinkedHashMap<>();
		for (Law law : laws.findAllByOrderByIdAsc()) {
			out.put(law, articles.findByLawIdOrderByArticleNoAscParagraphNoAscItemNoAsc(law.getId()).stream()
				.map(a -> new ArticleView(a.getId(), a.position(), a.citation(), a.getTextZh())).toList());
		}
		return out;
	}

	public List<RuleView> rules() {
		return rules.findAllByOrderByIdAsc().stream()
			.map(r -> new RuleView(r.getCode(), r.getKind(), r.getDomain(), r.getOffender(), r.getLimitFen(),
					org.gongzheng.discretion.LocalizedText.of(r.getNameZh(), r.getNameEn()), r.getArticle().citation(),
					r.getEffectiveFrom(), r.getRepealedOn()))
			.toList();
	}
}
