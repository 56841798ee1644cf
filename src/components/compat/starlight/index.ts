// Stands in for Starlight's `@astrojs/starlight/components`, which docs written for Starlight
// import by name: each export is the Milepost component that shows what it showed.
export { default as Tabs } from '../Tabs.astro';
export { default as TabItem } from '../TabItem.astro';
export { default as Card } from '../mintlify/Card.astro';
export { default as CardGrid } from '../mintlify/CardGroup.astro';
export { default as Aside } from './Aside.astro';
export { default as Badge } from './Badge.astro';
export { default as Code } from './Code.astro';
export { default as FileTree } from './FileTree.astro';
export { default as Icon } from './Icon.astro';
export { default as LinkButton } from './LinkButton.astro';
export { default as LinkCard } from './LinkCard.astro';
export { default as Steps } from './Steps.astro';
