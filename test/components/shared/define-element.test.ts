import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/components/shared/define-element.js';

let n = 0;
/** A tag no other test uses. */
const tag = (name: string) => `test-${name}-${++n}`;

describe('defineElement', () => {
  it('registers the element and its dependencies, recursively, once each', () => {
    const [inner, middle, outer] = [tag('inner'), tag('middle'), tag('outer')];
    class Inner extends HTMLElement {}
    class Middle extends HTMLElement {
      static dependencies = { [inner]: Inner };
    }
    class Outer extends HTMLElement {
      static dependencies: Record<string, CustomElementConstructor> = { [middle]: Middle, [inner]: Inner };
    }
    defineElement(outer, Outer);
    expect(customElements.get(outer)).to.equal(Outer);
    expect(customElements.get(middle)).to.equal(Middle);
    expect(customElements.get(inner)).to.equal(Inner);
  });

  it('an element already in the page renders with its nested elements defined', async () => {
    const [child, parent] = [tag('child'), tag('parent')];
    class Child extends HTMLElement {}
    let seen: CustomElementConstructor | undefined | 'not rendered' = 'not rendered';
    class Parent extends HTMLElement {
      static dependencies = { [child]: Child };
      // As a lit element does: the first render comes in a microtask after the upgrade.
      connectedCallback() {
        queueMicrotask(() => (seen = customElements.get(child)));
      }
    }
    document.body.append(document.createElement(parent));
    defineElement(parent, Parent);
    await Promise.resolve();
    expect(seen).to.equal(Child);
    document.querySelector(parent)!.remove();
  });

  it('leaves a tag defined already (a second copy of Tirkeu) as it is, without throwing', () => {
    const [dependency, element] = [tag('dependency'), tag('element')];
    class First extends HTMLElement {}
    customElements.define(dependency, First);
    class Second extends HTMLElement {}
    class Element extends HTMLElement {
      static dependencies = { [dependency]: Second };
    }
    defineElement(element, Element);
    defineElement(element, Element);
    expect(customElements.get(dependency)).to.equal(First);
    expect(customElements.get(element)).to.equal(Element);
  });

  it('survives a cycle of dependencies', () => {
    const [a, b] = [tag('a'), tag('b')];
    class A extends HTMLElement {
      static dependencies: Record<string, CustomElementConstructor> = {};
    }
    class B extends HTMLElement {
      static dependencies = { [a]: A };
    }
    A.dependencies = { [b]: B };
    defineElement(a, A);
    expect(customElements.get(a)).to.equal(A);
    expect(customElements.get(b)).to.equal(B);
  });

  it('gives the tag a subclass when the host registered the class under its own tag', () => {
    const [own, nested, element] = [tag('host-own'), tag('nested'), tag('element')];
    class Nested extends HTMLElement {}
    customElements.define(own, Nested);
    class Element extends HTMLElement {
      static dependencies = { [nested]: Nested };
    }
    expect(() => defineElement(element, Element)).not.to.throw();
    const registered = customElements.get(nested)!;
    expect(registered).not.to.equal(Nested);
    expect(registered.prototype).to.be.instanceOf(Nested);
    expect(customElements.get(own)).to.equal(Nested);
  });
});
