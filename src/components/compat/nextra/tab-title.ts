// The mark a Nextra tab (Tab.astro) leaves where its title goes; its Tabs.astro writes the title
// from its items, in order.
export const UNTITLED = '<p class="tab-title" data-nextra-tab></p>';
