// Keystatic's addresses (/keystatic/…): its application, in the layout, draws them all.
export default function StudioPage() {
  return null;
}
