import { ImagesIcon } from '@sanity/icons/Images'
import { defineType } from 'sanity'
import { captionedImageFields } from './heroImage'

export const bodyImage = defineType({
  name: 'bodyImage',
  title: 'Image dans le texte',
  type: 'image',
  icon: ImagesIcon,
  options: { hotspot: true },
  fields: captionedImageFields,
  preview: {
    select: { alt: 'alt', caption: 'caption', credit: 'credit', media: 'asset' },
    prepare: ({ alt, caption, credit, media }) => ({
      title: caption || alt || 'Image',
      subtitle: credit,
      media,
    }),
  },
})
