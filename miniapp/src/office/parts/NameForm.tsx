import { NamedUnitInputSchema } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { Button } from '../../components/Button'
import { FormField } from './FormField'
import { Outcome } from './Outcome'
import { useForm } from './useForm'
import { useWrite } from './useWrite'

/** A one-line form that names something new: a village, a grid, a group. */
export function NameForm({
  label,
  button,
  save,
}: {
  label: string
  button: string
  save: (name: string) => Promise<unknown>
}) {
  const form = useForm({ name: '' }, NamedUnitInputSchema, (v) => v, { name: '名称' })
  const write = useWrite()
  const add = async () => {
    const name = form.body!.name
    if (await write.run(() => save(name), `已建好：${name}`)) form.reset()
  }
  return (
    <View className="office-inline">
      <FormField form={form} name="name" label={label} />
      <Button disabled={!form.body} loading={write.busy} onClick={add}>
        {button}
      </Button>
      <Outcome write={write} />
    </View>
  )
}
