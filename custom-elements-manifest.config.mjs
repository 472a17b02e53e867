// custom-elements.json for @openmaturity/widgets, from the elements' JSDoc tags
// (@summary @slot @csspart @cssproperty @event): editors and IDEs read it. The base class is
// analysed too, so that the parts and states it documents once are carried to every element.
// From the manifest, the React (JSX intrinsic elements) and Vue (global components) type
// declarations, each property typed by the element's own declaration (`assessment: Assessment`).
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Lit `state: true` properties are private state, not attributes: the analyzer lists them as both. */
const privateStateIsNoAttribute = () => ({
  name: 'private-state-is-no-attribute',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const hidden = new Set(
        (declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name),
      );
      if (!declaration.attributes) continue;
      declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
      for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
      // An event's type inferred from `new CustomEvent(...)` names no detail: left out, the React
      // and Vue generators import nothing for it (they would import a "CustomEvent" no module exports).
      for (const event of declaration.events ?? [])
        if (/^(Custom)?Event$/.test(event.type?.text ?? '')) delete event.type;
    }
  },
});

export default {
  globs: ['packages/widgets/src/!(internal)/*.ts', 'packages/widgets/src/internal/element.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/define.ts'],
  outdir: 'packages/widgets',
  litelement: true,
  plugins: [
    privateStateIsNoAttribute(),
    ...[
      [customElementJsxPlugin, 'jsx.d.ts'],
      [customElementVuejsPlugin, 'vue.d.ts'],
    ].map(([plugin, fileName]) =>
      plugin({
        outdir: 'packages/widgets/dist/types',
        fileName,
        exclude: ['OpenMaturityElement'],
        // Beside the elements' own declarations (tsc writes dist/types/<folder>/<folder>.d.ts).
        componentTypePath: (_name, tag) => `./${tag.slice('om-'.length)}/${tag.slice('om-'.length)}.js`,
        hideLogs: true,
      }),
    ),
  ],
};
