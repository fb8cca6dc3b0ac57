package org.gongzheng.supervision.ranking;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.PageBanner;

/** Everyone working in a yellow-carded unit (or below it) sees the warning on every page. */
@Component
class YellowCardBanner implements PageBanner {

	private final RankingQueries queries;

	private final Messages messages;

	YellowCardBanner(RankingQueries queries, Messages messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public List<String> messages() {
		return SignedInOfficer.current()
			.map(officer -> queries.yellowCardsOver(officer.unitPath()).stream()
				.map(card -> messages.get("yellowCard.banner", card.unitName(LocaleContextHolder.getLocale()), card.monthLabel(),
						card.reason(LocaleContextHolder.getLocale())))
				.toList())
			.orElse(List.of());
	}
}
