package org.gongzheng.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** The banners the layout shows above every page, gathered from the modules that declare them. */
@Component("banners")
public class Banners {

	private final List<PageBanner> banners;

	public Banners(List<PageBanner> banners) {
		this.banners = List.copyOf(banners);
	}

	public List<String> current() {
		return banners.stream().flatMap(b -> b.messages().stream()).toList();
	}
}
