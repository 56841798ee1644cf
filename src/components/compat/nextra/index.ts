// Stands in for `nextra/components` (Nextra 3 and 4) and `nextra-theme-docs` (Nextra 2), which
// docs written for Nextra import by name. Nextra's compound components (<Tabs.Tab>,
// <Cards.Card>, <FileTree.Folder>) are properties of their parent, as there.
import CardComponent from '../mintlify/Card.astro';
import CardsComponent from './Cards.astro';
import FileComponent from './File.astro';
import FileTreeComponent from './FileTree.astro';
import FolderComponent from './Folder.astro';
import TabComponent from './Tab.astro';
import TabsComponent from './Tabs.astro';

export { default as Callout } from './Callout.astro';
export { default as Steps } from './Steps.astro';
export const Tab = TabComponent;
export const Card = CardComponent;
export const Tabs = Object.assign(TabsComponent, { Tab: TabComponent });
export const Cards = Object.assign(CardsComponent, { Card: CardComponent });
export const FileTree = Object.assign(FileTreeComponent, { Folder: FolderComponent, File: FileComponent });
