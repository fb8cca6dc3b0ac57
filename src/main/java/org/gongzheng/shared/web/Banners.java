package org.gongzheng.shared.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The banners the layout shows above every page, gathered from the modules that declare them. */
@Component("banners")
public class Banners {

	private final ObjectProvider<PageBanner> banners;

	public Banners(ObjectProvider<PageBanner> banners) {
		this.banners = banners;
	}

	public List<String> current() {
		return banners.orderedStream().flatMap(b -> b.messages().stream()).toList();
	}
}
